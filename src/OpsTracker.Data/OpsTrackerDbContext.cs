using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data;

/// <summary>
/// The OpsTracker database: reports and what was extracted from them, the accounts and roles (ASP.NET Core Identity's
/// tables, <c>AspNet*</c>) and the data-protection keys that several app instances share. The model is provider-neutral; one subclass per
/// provider (<see cref="PostgresOpsTrackerDbContext"/>, <see cref="SqliteOpsTrackerDbContext"/>) owns its migrations.
/// </summary>
/// <remarks>
/// Add a migration for each provider after changing the model (from the repository root, with the local tool
/// manifest restored by <c>dotnet tool restore</c>):
/// <code>
/// dotnet ef migrations add &lt;Name&gt; --context PostgresOpsTrackerDbContext --output-dir Migrations/Postgres --project src/OpsTracker.Data --startup-project src/OpsTracker.Data
/// dotnet ef migrations add &lt;Name&gt; --context SqliteOpsTrackerDbContext --output-dir Migrations/Sqlite --project src/OpsTracker.Data --startup-project src/OpsTracker.Data
/// </code>
/// The design-time factories beside each subclass supply placeholder connection strings, so no database is needed
/// to add a migration. Migrations are applied at startup by <see cref="OpsTrackerDatabase.MigrateAsync"/>.
/// </remarks>
public class OpsTrackerDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public OpsTrackerDbContext(DbContextOptions options)
        : base(options)
    {
        // Every save writes the folded search column and the summed figures of the operations it adds or changes.
        SavingChanges += (_, _) =>
        {
            Queries.OperationSearchText.Refresh(ChangeTracker);
            Queries.OperationFigures.Refresh(ChangeTracker);
        };
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<Casualty> Casualties => Set<Casualty>();
    public DbSet<Hideout> Hideouts => Set<Hideout>();
    public DbSet<ReportedTally> ReportedTallies => Set<ReportedTally>();
    public DbSet<Review.OperationReview> OperationReviews => Set<Review.OperationReview>();
    public DbSet<Review.TallyReview> TallyReviews => Set<Review.TallyReview>();
    public DbSet<Review.ReportCompletion> ReportCompletions => Set<Review.ReportCompletion>();
    public DbSet<Review.AuditEntry> AuditEntries => Set<Review.AuditEntry>();
    public DbSet<Linking.OperationEvent> OperationEvents => Set<Linking.OperationEvent>();
    public DbSet<Linking.TallyEvent> TallyEvents => Set<Linking.TallyEvent>();
    public DbSet<Linking.EventDecision> EventDecisions => Set<Linking.EventDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsTrackerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, and safe when a member is added or reordered.
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DateBasis>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PublicationDateSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OperationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CasualtyCategory>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CasualtySide>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<HideoutKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<HideoutOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReportStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Review.ReviewState>().HaveConversion<string>().HaveMaxLength(16);
    }
}
