using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsTracker.Data.Accounts;

/// <summary>Identity's options and stores over the OpsTracker database, shared by the web app and the CLI.</summary>
public static class AccountSetup
{
    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>User names are e-mail addresses, unique; Identity's password rules; lock-out after failed sign-ins.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Password.RequiredLength = 8;
    }

    /// <summary>
    /// Identity's user and role stores on <see cref="OpsTrackerDbContext"/> (a scoped context made by the factory), and
    /// <see cref="AccountService"/>. The web app adds sign-in and authentication on top; the CLI needs only this.
    /// </summary>
    public static IdentityBuilder AddOpsTrackerIdentityStores(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<OpsTrackerDbContext>>().CreateDbContext());
        builder.Services.TryAddScoped<AccountService>();
        return builder.AddRoles<IdentityRole>().AddEntityFrameworkStores<OpsTrackerDbContext>();
    }

    /// <summary>For tools: the stores, <see cref="AccountService"/> and Identity's core services, without sign-in.</summary>
    public static IServiceCollection AddOpsTrackerAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(Configure).AddOpsTrackerIdentityStores();
        return services;
    }
}
