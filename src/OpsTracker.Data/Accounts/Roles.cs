namespace OpsTracker.Data.Accounts;

/// <summary>
/// The three roles. A viewer reads; an analyst also writes (corrections, reviews, reports, publication dates); an
/// admin also manages users. Each role includes the ones before it: an admin passes every analyst check.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    /// <summary>Every role, least to most rights.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>The role name as stored, or null when <paramref name="role"/> is none of <see cref="All"/>.</summary>
    public static string? Parse(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
