using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Data.Accounts;

/// <summary>
/// An account's role as the database says it now, for checks that must not trust a sign-in made earlier (a cookie, a
/// bearer token, a live Blazor circuit): the account still exists, its security stamp is the one the sign-in carried
/// (changing a role or removing the account changes it) and it holds one of the roles asked for. Each check reads a
/// fresh context, so a long-lived circuit never sees cached roles.
/// </summary>
public sealed class CurrentRoles(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public async Task<bool> HoldsAsync(string userId, string? securityStamp, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(roles);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || (securityStamp is not null && user.SecurityStamp != securityStamp))
        {
            return false;
        }
        var normalized = roles.Select(r => r.ToUpperInvariant()).ToList();
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == userId && normalized.Contains(r.NormalizedName!)
                      select ur).AnyAsync(cancellationToken);
    }
}
