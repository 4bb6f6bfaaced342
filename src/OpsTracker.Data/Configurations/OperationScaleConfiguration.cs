using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Configurations;

/// <summary>
/// What lets the readers scale to a million operations (docs/decisions/0006-scale-indexes-search-and-exports.md): the
/// folded search column (<see cref="OperationSearchText"/>), the figures summed into the operation's row
/// (<see cref="OperationFigures"/>), the index on actors (their distinct lists are read by a loose index scan), and the
/// tallies rollup. The timeline-order indexes, the trigram index and the rollup's triggers are expressions, operator
/// classes or triggers EF does not model: the migration creates them in SQL.
/// </summary>
internal sealed class OperationScaleConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property<string?>(OperationSearchText.Column);
        foreach (var (column, _) in OperationFigures.Columns)
        {
            builder.Property<int?>(column);
        }
        builder.HasIndex(o => o.Actors);
    }
}

internal sealed class TallyRollupConfiguration : IEntityTypeConfiguration<TallyRollupRow>
{
    public const string Table = "OperationTallies";

    public void Configure(EntityTypeBuilder<TallyRollupRow> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(t => new { t.Year, t.ProvinceCode, t.Kind, t.ReviewState });
        builder.Property(t => t.ProvinceCode).HasMaxLength(8);
    }
}
