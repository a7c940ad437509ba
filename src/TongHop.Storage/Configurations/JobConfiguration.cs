using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;

namespace TongHop.Storage.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("Jobs");
        // The claim statement in JobQueue is raw SQL: it relies on these names and on the state stored as text.
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.Key).HasMaxLength(200);
        builder.HasIndex(j => new { j.State, j.NotBeforeUtc });
        // Several NULL keys are allowed on both SQLite and PostgreSQL: only keyed jobs are unique.
        builder.HasIndex(j => new { j.Kind, j.Key }).IsUnique();
        builder.HasOne(j => j.Submission).WithMany().HasForeignKey(j => j.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
