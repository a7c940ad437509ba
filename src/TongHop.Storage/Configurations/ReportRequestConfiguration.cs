using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class ReportRequestConfiguration : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> builder)
    {
        builder.HasMany(r => r.Recipients).WithOne().HasForeignKey(r => r.RequestId);
        builder.HasMany(r => r.Indicators).WithOne().HasForeignKey(r => r.RequestId);
        builder.Property(r => r.SynthesisNumber).HasMaxLength(ReportRequest.NumberMaxLength);
        builder.Property(r => r.SignerAuthority).HasMaxLength(ReportRequest.SignerMaxLength);
        builder.Property(r => r.SignerTitle).HasMaxLength(ReportRequest.SignerMaxLength);
        builder.Property(r => r.SignerName).HasMaxLength(ReportRequest.SignerMaxLength);
        builder.Property(r => r.SynthesisRecipients).HasMaxLength(ReportRequest.RecipientsMaxLength);
    }
}
