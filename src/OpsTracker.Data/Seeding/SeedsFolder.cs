namespace OpsTracker.Data.Seeding;

/// <summary>Finds the folder of seed reports.</summary>
public static class SeedsFolder
{
    public const string ConfigurationKey = "OpsTracker:SeedsPath";
    public const string FolderName = "seeds";

    /// <summary>
    /// The configured path if given; otherwise the first <c>seeds/</c> folder found walking up from each start
    /// directory (the content root, then the app's base directory, where the build copies the seeds); null if none.
    /// </summary>
    public static string? Locate(string? configured, params string?[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in startDirectories)
        {
            if (string.IsNullOrEmpty(start))
            {
                continue;
            }
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
