using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Configurations;

internal sealed class HideoutConfiguration : IEntityTypeConfiguration<Hideout>
{
    public void Configure(EntityTypeBuilder<Hideout> builder)
    {
        builder.HasIndex(h => h.OperationId);
    }
}
