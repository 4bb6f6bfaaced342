using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

internal sealed class ReportedTallyConfiguration : IEntityTypeConfiguration<ReportedTally>
{
    public void Configure(EntityTypeBuilder<ReportedTally> builder)
    {
        builder.Property(t => t.Scope).HasMaxLength(8);
        builder.Property(t => t.ReportedBy).HasMaxLength(200);
        builder.Property(t => t.Rule).HasMaxLength(64);
        builder.HasIndex(t => t.ReportId);
        builder.HasIndex(t => t.PeriodStart);
    }
}
