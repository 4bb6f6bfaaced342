namespace OpsTracker.Core.Tests.Extraction;

/// <summary>Finds the repository root (the folder holding OpsTracker.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "OpsTracker.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new DirectoryNotFoundException($"no OpsTracker.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Cases/ and Seeds/expected.json are copied next to the test assembly.</summary>
    public static string Output(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);
}
