using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Configurations;

/// <summary>The review state of each operation: a column the readers filter on (rejected ones are left out).</summary>
internal sealed class OperationReviewStateConfiguration : IEntityTypeConfiguration<Operation>
{
    public const string ReviewStateColumn = "ReviewState";

    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property<ReviewState>(ReviewStateColumn).HasDefaultValue(ReviewState.Unreviewed).HasSentinel(ReviewState.Unreviewed);
        builder.HasIndex(ReviewStateColumn);
    }
}

/// <summary>The review state of each official tally: rejected ones are left out of the tallies page, API and CSV.</summary>
internal sealed class TallyReviewStateConfiguration : IEntityTypeConfiguration<ReportedTally>
{
    public const string ReviewStateColumn = "ReviewState";

    public void Configure(EntityTypeBuilder<ReportedTally> builder)
    {
        builder.Property<ReviewState>(ReviewStateColumn).HasDefaultValue(ReviewState.Unreviewed).HasSentinel(ReviewState.Unreviewed);
        builder.HasIndex(ReviewStateColumn);
    }
}

internal sealed class TallyReviewConfiguration : IEntityTypeConfiguration<TallyReview>
{
    public void Configure(EntityTypeBuilder<TallyReview> builder)
    {
        builder.Property(r => r.ReportFileName).HasMaxLength(400).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.Scope).HasMaxLength(8).IsRequired();
        builder.HasIndex(r => new { r.ReportFileName, r.EvidenceStart, r.EvidenceEnd, r.Scope }).IsUnique();
        builder.HasIndex(r => r.TallyId);
    }
}

internal sealed class ReportCompletionConfiguration : IEntityTypeConfiguration<ReportCompletion>
{
    public void Configure(EntityTypeBuilder<ReportCompletion> builder)
    {
        builder.Property(r => r.ReportFileName).HasMaxLength(400).IsRequired();
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => r.ReportFileName).IsUnique();
    }
}

internal sealed class OperationReviewConfiguration : IEntityTypeConfiguration<OperationReview>
{
    public void Configure(EntityTypeBuilder<OperationReview> builder)
    {
        builder.Property(r => r.ReportFileName).HasMaxLength(400).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => new { r.ReportFileName, r.EvidenceStart, r.EvidenceEnd, r.Kind }).IsUnique();
        builder.HasIndex(r => r.OperationId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.AtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(a => a.User).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(32).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(512);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.HasIndex(a => new { a.Entity, a.EntityId });
        builder.HasIndex(a => a.EntityKey);
    }
}
