using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class RequestIndicatorConfiguration : IEntityTypeConfiguration<RequestIndicator>
{
    public void Configure(EntityTypeBuilder<RequestIndicator> builder)
    {
        builder.HasKey(r => new { r.RequestId, r.IndicatorKey });
        builder.HasOne<IndicatorRecord>().WithMany().HasForeignKey(r => r.IndicatorKey).OnDelete(DeleteBehavior.Restrict);
    }
}
