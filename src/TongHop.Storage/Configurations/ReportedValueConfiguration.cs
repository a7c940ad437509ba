using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Core.Indicators;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class ReportedValueConfiguration : IEntityTypeConfiguration<ReportedValue>
{
    public void Configure(EntityTypeBuilder<ReportedValue> builder)
    {
        builder.HasIndex(v => new { v.RequestId, v.IndicatorKey });
        builder.HasIndex(v => v.SubmissionId);
        builder.Property(v => v.IndicatorKey).HasMaxLength(64);
        builder.Property(v => v.MeasureUnit).HasConversion(u => u.Code(), code => MeasureUnits.Parse(code)).HasMaxLength(16);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Qualifier).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Review).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(v => v.EffectiveValue);
        builder.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SubmissionFile>().WithMany().HasForeignKey(v => v.SubmissionFileId).OnDelete(DeleteBehavior.NoAction);
    }
}
