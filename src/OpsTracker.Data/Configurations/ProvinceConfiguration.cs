using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

/// <summary>Provinces are keyed by ISO 3166-2 code; rows come from ProvinceCatalog at startup, not from migrations.</summary>
internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(8);
        builder.Property(p => p.NameEn).HasMaxLength(64);
        builder.Property(p => p.NameAr).HasMaxLength(64);
        builder.Property(p => p.Variants).HasMaxLength(2000);
    }
}
