using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

/// <summary>
/// How far the extractor trusts what it read (0 to 1), stored beside each operation, tally, casualty figure and hideout
/// figure as a shadow property (the entities live in OpsTracker.Core, which knows nothing of the database). The importer
/// sets it from the extraction (<see cref="Seeding.ExtractionMapper.SetConfidence"/>); rows written without it (the
/// synthetic generator's COPY, rows older than the column) get the default 1.0. The sentinel is -1 so that a confidence
/// of exactly 0 is written, not taken for "unset".
/// </summary>
internal static class Confidence
{
    public const string Column = "Confidence";
    public const double Default = 1.0;
    public const double Sentinel = -1.0;

    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<double>(Column).HasDefaultValue(Default).HasSentinel(Sentinel);
}

internal sealed class OperationConfidenceConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        Confidence.Configure(builder);
        // The review queue's second key.
        builder.HasIndex(Confidence.Column);
    }
}

internal sealed class ReportedTallyConfidenceConfiguration : IEntityTypeConfiguration<ReportedTally>
{
    public void Configure(EntityTypeBuilder<ReportedTally> builder) => Confidence.Configure(builder);
}

internal sealed class CasualtyConfidenceConfiguration : IEntityTypeConfiguration<Casualty>
{
    public void Configure(EntityTypeBuilder<Casualty> builder) => Confidence.Configure(builder);
}

internal sealed class HideoutConfidenceConfiguration : IEntityTypeConfiguration<Hideout>
{
    public void Configure(EntityTypeBuilder<Hideout> builder) => Confidence.Configure(builder);
}
