using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        // One message per unit per round, whichever process sends it: the second insert is refused.
        builder.HasIndex(r => new { r.RequestId, r.UnitId, r.Round }).IsUnique();
        builder.Property(r => r.Round).HasMaxLength(40);
        builder.Property(r => r.Reason).HasMaxLength(20);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.HasOne<ReportRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
