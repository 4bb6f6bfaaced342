using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Linking;

/// <summary>
/// The event columns of operations and tallies, shadow properties (Core's entities know nothing of storage):
/// <see cref="EventId"/> (null: told by one report only), <see cref="Secondary"/> (another source of the same event is
/// the one counted) and <see cref="Reports"/> (how many reports tell the event; 1 when alone). Rows written without
/// them (the synthetic generator's COPY, rows older than the columns) read as single-source events.
/// </summary>
public static class EventColumns
{
    public const string EventId = "EventId";
    public const string Secondary = "IsEventSecondary";
    public const string Reports = "EventReports";
}

internal sealed class OperationEventColumnsConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property<int?>(EventColumns.EventId);
        builder.Property<bool>(EventColumns.Secondary).HasDefaultValue(false);
        builder.Property<int>(EventColumns.Reports).HasDefaultValue(1).HasSentinel(0);
        builder.HasOne<OperationEvent>().WithMany().HasForeignKey(EventColumns.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(EventColumns.EventId);
        // The linker's candidate query: one province, a date window.
        builder.HasIndex(o => new { o.ProvinceCode, o.Date });
    }
}

internal sealed class TallyEventColumnsConfiguration : IEntityTypeConfiguration<ReportedTally>
{
    public void Configure(EntityTypeBuilder<ReportedTally> builder)
    {
        builder.Property<int?>(EventColumns.EventId);
        builder.Property<bool>(EventColumns.Secondary).HasDefaultValue(false);
        builder.Property<int>(EventColumns.Reports).HasDefaultValue(1).HasSentinel(0);
        builder.HasOne<TallyEvent>().WithMany().HasForeignKey(EventColumns.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(EventColumns.EventId);
        builder.HasIndex(t => new { t.Scope, t.PeriodStart, t.PeriodEnd });
    }
}

internal sealed class OperationEventConfiguration : IEntityTypeConfiguration<OperationEvent>
{
    public void Configure(EntityTypeBuilder<OperationEvent> builder) =>
        builder.Property(e => e.CreatedAtUtc).HasConversion(Configurations.UtcDateTime.Converter);
}

internal sealed class TallyEventConfiguration : IEntityTypeConfiguration<TallyEvent>
{
    public void Configure(EntityTypeBuilder<TallyEvent> builder) =>
        builder.Property(e => e.CreatedAtUtc).HasConversion(Configurations.UtcDateTime.Converter);
}

internal sealed class EventDecisionConfiguration : IEntityTypeConfiguration<EventDecision>
{
    public void Configure(EntityTypeBuilder<EventDecision> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.OperationKey).HasMaxLength(512).IsRequired();
        builder.Property(d => d.OtherOperationKey).HasMaxLength(512);
        builder.Property(d => d.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(256).IsRequired();
        builder.Property(d => d.DecidedAtUtc).HasConversion(Configurations.UtcDateTime.Converter);
        builder.HasIndex(d => d.OperationKey);
        builder.HasIndex(d => d.OtherOperationKey);
    }
}
