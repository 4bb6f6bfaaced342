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

    /// <summary>
    /// For an operation without a date (none told, or a relative date in a report without publication date): its
    /// report's publication date, which the linker looks for its candidates by (<see cref="LinkingCandidates"/>); null
    /// for a dated operation and for one whose report has no publication date either (a "timeless" operation).
    /// Written by the linker when it links the report (and by the synthetic generator); a derived key, not a figure.
    /// </summary>
    public const string UndatedToldOn = "UndatedToldOn";
}

internal sealed class OperationEventColumnsConfiguration : IEntityTypeConfiguration<Operation>
{
    public const string UndatedToldOnIndex = "IX_Operations_Linking_UndatedToldOn";
    public const string TimelessIndex = "IX_Operations_Linking_Timeless";

    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property<int?>(EventColumns.EventId);
        builder.Property<bool>(EventColumns.Secondary).HasDefaultValue(false);
        builder.Property<int>(EventColumns.Reports).HasDefaultValue(1).HasSentinel(0);
        builder.HasOne<OperationEvent>().WithMany().HasForeignKey(EventColumns.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(EventColumns.EventId);
        // The linker's candidate query: one province, a date window.
        builder.HasIndex(o => new { o.ProvinceCode, o.Date });
        builder.Property<DateOnly?>(EventColumns.UndatedToldOn);
        // The linker's candidates without a date of their own (LinkingCandidates), each through a small partial index:
        // undated operations by their report's publication date, and the "timeless" ones (no report date either).
        // Both filters are plain SQL that PostgreSQL and SQLite read alike.
        builder.HasIndex([nameof(Operation.ProvinceCode), EventColumns.UndatedToldOn], UndatedToldOnIndex)
            .HasFilter($"\"{EventColumns.UndatedToldOn}\" IS NOT NULL");
        builder.HasIndex(o => o.ProvinceCode, TimelessIndex)
            .HasFilter($"(\"Date\" IS NULL OR \"DatePrecision\" = 'Unknown') AND \"{EventColumns.UndatedToldOn}\" IS NULL");
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
