using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

internal sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property(o => o.RelativeDate).HasMaxLength(200);
        builder.Property(o => o.ProvinceCode).HasMaxLength(8);
        builder.Property(o => o.Place).HasMaxLength(200);
        builder.Property(o => o.Rule).HasMaxLength(64);

        // Actors as a JSON array in a text column: the same on SQLite and PostgreSQL.
        builder.Property(o => o.Actors)
            .HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<List<string>>(
                    (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
                    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
                    v => v.ToList()))
            .HasMaxLength(1000);

        builder.Ignore(o => o.HideoutsDestroyed);

        builder.HasOne(o => o.Province).WithMany().HasForeignKey(o => o.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Casualties).WithOne(c => c.Operation).HasForeignKey(c => c.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Hideouts).WithOne(h => h.Operation).HasForeignKey(h => h.OperationId).OnDelete(DeleteBehavior.Cascade);

        // The dashboard's filters.
        builder.HasIndex(o => o.Date);
        builder.HasIndex(o => o.ProvinceCode);
        builder.HasIndex(o => o.Kind);
        builder.HasIndex(o => o.ReportId);
    }
}
