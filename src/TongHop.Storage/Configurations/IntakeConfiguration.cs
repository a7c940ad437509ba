using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Storage.Configurations;

internal sealed class IntakeItemConfiguration : IEntityTypeConfiguration<IntakeItem>
{
    public void Configure(EntityTypeBuilder<IntakeItem> builder)
    {
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sender).HasMaxLength(320);
        builder.Property(i => i.Issuer).HasMaxLength(500);
        builder.Property(i => i.DocumentNumber).HasMaxLength(100);
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.Property(i => i.DecidedBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.State, i.Id });
        builder.HasIndex(i => i.FileSha256);
        builder.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Request).WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Submission).WithMany().HasForeignKey(i => i.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Message).WithMany().HasForeignKey(i => i.MessageId).OnDelete(DeleteBehavior.Restrict);
        // An original is never deleted while an intake item points at it.
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.FileSha256).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IntakeMessageConfiguration : IEntityTypeConfiguration<IntakeMessage>
{
    public void Configure(EntityTypeBuilder<IntakeMessage> builder)
    {
        // A message is taken once: a second poll (or a second process) that meets it again is refused by this index.
        builder.HasIndex(m => m.MessageKey).IsUnique();
        builder.Property(m => m.MessageKey).HasMaxLength(500);
        builder.Property(m => m.From).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(1000);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(m => m.RawSha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.SenderUnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IntakeEventConfiguration : IEntityTypeConfiguration<IntakeEvent>
{
    public void Configure(EntityTypeBuilder<IntakeEvent> builder)
    {
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.HasIndex(e => e.ItemId);
        builder.HasOne(e => e.Item).WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailSettingsConfiguration : IEntityTypeConfiguration<MailSettings>
{
    public void Configure(EntityTypeBuilder<MailSettings> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ImapSecurity).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.SmtpSecurity).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ImapHost).HasMaxLength(255);
        builder.Property(m => m.SmtpHost).HasMaxLength(255);
        builder.Property(m => m.ImapFolder).HasMaxLength(255);
        builder.Ignore(m => m.ImapConfigured);
        builder.Ignore(m => m.SmtpConfigured);
    }
}
