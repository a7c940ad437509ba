using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class SubmissionFileConfiguration : IEntityTypeConfiguration<SubmissionFile>
{
    public void Configure(EntityTypeBuilder<SubmissionFile> builder)
    {
        builder.HasIndex(f => new { f.SubmissionId, f.Position }).IsUnique();
        builder.HasIndex(f => f.FileSha256);
        builder.Property(f => f.Role).HasConversion<string>().HasMaxLength(8);
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.HasOne(f => f.Submission).WithMany(s => s.Files).HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        // An original is never deleted while a submission's file points at it.
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(f => f.FileSha256).OnDelete(DeleteBehavior.Restrict);
    }
}
