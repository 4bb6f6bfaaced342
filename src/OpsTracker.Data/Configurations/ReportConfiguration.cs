using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

/// <summary>
/// A report is identified by its file name (one current extraction per file); its content hash says whether the file
/// changed. See docs/decisions/0002-report-identity.md.
/// </summary>
internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.HasIndex(r => r.FileName).IsUnique();
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.HasIndex(r => r.ContentHash);
        builder.Property(r => r.Outlet).HasMaxLength(300);
        builder.Property(r => r.Url).HasMaxLength(2048);
        builder.Property(r => r.ExtractorVersion).HasMaxLength(32);
        builder.Property(r => r.FailureReason).HasMaxLength(1000);
        builder.Property(r => r.IngestedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => r.Status);

        builder.HasMany(r => r.Operations).WithOne(o => o.Report).HasForeignKey(o => o.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Tallies).WithOne(t => t.Report).HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
