using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class DocumentFieldReviewConfiguration : IEntityTypeConfiguration<DocumentFieldReview>
{
    public void Configure(EntityTypeBuilder<DocumentFieldReview> builder)
    {
        builder.HasIndex(e => new { e.SubmissionId, e.Field });
        builder.Property(e => e.Field).HasMaxLength(16);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Value).HasMaxLength(1000);
        builder.Property(e => e.FromValue).HasMaxLength(1000);
        builder.Property(e => e.UserName).HasMaxLength(256);
        // The audit trail outlives nothing it refers to: deleting a reviewed submission is refused.
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
