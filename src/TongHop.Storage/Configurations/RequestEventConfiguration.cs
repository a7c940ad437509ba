using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.HasIndex(e => e.RequestId);
        builder.Property(e => e.Action).HasMaxLength(16);
        builder.Property(e => e.Detail).HasMaxLength(4000);
        builder.HasOne<ReportRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
