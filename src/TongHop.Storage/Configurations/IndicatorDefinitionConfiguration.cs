using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.HasKey(i => i.Key);
        builder.Property(i => i.Key).HasMaxLength(64);
        builder.Property(i => i.Group).HasMaxLength(64);
        builder.Property(i => i.Unit).HasMaxLength(16);
        builder.Property(i => i.Aggregate).HasConversion<string>().HasMaxLength(16);
    }
}
