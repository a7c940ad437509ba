using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> builder)
    {
        builder.HasIndex(e => e.ValueId);
        builder.Property(e => e.FromState).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToState).HasConversion<string>().HasMaxLength(16);
        // The audit trail outlives nothing it refers to: deleting a reviewed value is refused.
        builder.HasOne<ReportedValue>().WithMany().HasForeignKey(e => e.ValueId).OnDelete(DeleteBehavior.Restrict);
    }
}
