using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Data.Accounts;

/// <summary>One account as the users page lists it: its single role, and whether it is locked out now.</summary>
public sealed record UserSummary(string Id, string Email, string Role, DateTimeOffset? LockedOutUntil, int FailedSignIns);

/// <summary>What a change to accounts did: succeeded, or the reasons it was refused (Identity's or ours).</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AccountResult Ok { get; } = new(true, []);

    public static AccountResult Fail(params string[] errors) => new(false, errors);

    public static AccountResult From(IdentityResult result) =>
        result.Succeeded ? Ok : new(false, [.. result.Errors.Select(e => e.Description)]);
}

/// <summary>
/// Accounts and their roles (<see cref="Roles"/>): each account has exactly one role. Used by the first-admin bootstrap,
/// the CLI's <c>user add</c> and the users page. The last admin cannot be demoted or removed.
/// </summary>
public sealed class AccountService(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Creates the roles that do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"Could not create the role {role}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                }
            }
        }
    }

    /// <summary>True when some account has the admin role.</summary>
    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    /// <summary>A new account with this e-mail as its user name, this password and this role.</summary>
    public async Task<AccountResult> AddUserAsync(string email, string password, string role)
    {
        var stored = Roles.Parse(role);
        if (stored is null)
        {
            return AccountResult.Fail($"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}.");
        }
        email = email?.Trim() ?? "";
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            return AccountResult.Fail("An e-mail address is needed.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Fail($"There is already an account for {email}.");
        }
        await EnsureRolesAsync();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountResult.From(created);
        }
        return AccountResult.From(await users.AddToRoleAsync(user, stored));
    }

    /// <summary>
    /// When no account has the admin role: creates this admin, or makes the existing account of this e-mail an admin
    /// (its password unchanged). Nothing happens when an admin exists. True when it changed something.
    /// </summary>
    public async Task<(bool Changed, AccountResult Result)> EnsureAdminAsync(string email, string password)
    {
        await EnsureRolesAsync();
        if (await AnyAdminAsync())
        {
            return (false, AccountResult.Ok);
        }
        if (await users.FindByEmailAsync(email.Trim()) is { } existing)
        {
            var result = await SetRoleAsync(existing.Id, Roles.Admin);
            return (result.Succeeded, result);
        }
        var added = await AddUserAsync(email, password, Roles.Admin);
        return (added.Succeeded, added);
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var byRole = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            foreach (var u in await users.GetUsersInRoleAsync(role))
            {
                byRole[u.Id] = role; // the last (highest) role wins
            }
        }
        var now = DateTimeOffset.UtcNow;
        return [.. all.Select(u => new UserSummary(
            u.Id,
            u.Email ?? u.UserName ?? u.Id,
            byRole.GetValueOrDefault(u.Id, Roles.Viewer),
            u.LockoutEnd is { } end && end > now ? end : null,
            u.AccessFailedCount))];
    }

    /// <summary>Gives the account exactly this role. The last admin keeps the admin role.</summary>
    public async Task<AccountResult> SetRoleAsync(string userId, string role)
    {
        var stored = Roles.Parse(role);
        if (stored is null)
        {
            return AccountResult.Fail($"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}.");
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountResult.Fail("There is no such account.");
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && stored != Roles.Admin && await IsLastAdminAsync(user))
        {
            return AccountResult.Fail("This is the only admin: make another account admin first.");
        }
        await EnsureRolesAsync();
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded)
        {
            return AccountResult.From(removed);
        }
        var added = await users.AddToRoleAsync(user, stored);
        if (!added.Succeeded)
        {
            return AccountResult.From(added);
        }
        // A new security stamp ends what the account's earlier sign-ins may do: CurrentRoles refuses their writes at once.
        return AccountResult.From(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Ends a lock-out and clears the failed sign-in count.</summary>
    public async Task<AccountResult> UnlockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountResult.Fail("There is no such account.");
        }
        var result = await users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? AccountResult.From(await users.ResetAccessFailedCountAsync(user)) : AccountResult.From(result);
    }

    /// <summary>Removes an account. The last admin stays.</summary>
    public async Task<AccountResult> RemoveAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountResult.Fail("There is no such account.");
        }
        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdminAsync(user))
        {
            return AccountResult.Fail("This is the only admin: make another account admin first.");
        }
        return AccountResult.From(await users.DeleteAsync(user));
    }

    private async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).All(u => u.Id == user.Id);
}
