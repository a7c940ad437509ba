using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasIndex(s => new { s.RequestId, s.UnitId, s.Version }).IsUnique();
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Review).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FileName).HasMaxLength(260);
        builder.HasOne(s => s.Request).WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        // An original is never deleted while a submission points at it.
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.FileSha256).OnDelete(DeleteBehavior.Restrict);
    }
}
