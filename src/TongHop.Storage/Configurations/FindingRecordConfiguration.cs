using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> builder)
    {
        builder.HasIndex(f => f.SubmissionId);
        builder.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SubmissionFile>().WithMany().HasForeignKey(f => f.SubmissionFileId).OnDelete(DeleteBehavior.NoAction);
    }
}
