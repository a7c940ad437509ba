using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class SubmissionReviewEventConfiguration : IEntityTypeConfiguration<SubmissionReviewEvent>
{
    public void Configure(EntityTypeBuilder<SubmissionReviewEvent> builder)
    {
        builder.HasIndex(e => e.SubmissionId);
        builder.Property(e => e.Action).HasMaxLength(16);
        builder.Property(e => e.FromState).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToState).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
