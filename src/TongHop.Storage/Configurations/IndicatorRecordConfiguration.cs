using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Core.Indicators;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class IndicatorRecordConfiguration : IEntityTypeConfiguration<IndicatorRecord>
{
    public void Configure(EntityTypeBuilder<IndicatorRecord> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Key);
        builder.Property(i => i.Key).HasMaxLength(64);
        builder.Property(i => i.Group).HasMaxLength(64);
        builder.Property(i => i.Unit).HasConversion(u => u.Code(), code => MeasureUnits.Parse(code)).HasMaxLength(16);
        builder.Property(i => i.Aggregate).HasConversion<string>().HasMaxLength(16);
    }
}
