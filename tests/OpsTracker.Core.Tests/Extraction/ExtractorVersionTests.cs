using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>The extractor's version names its code and the data it reads, so stored reports are re-extracted when either changes.</summary>
public sealed class ExtractorVersionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opstracker-data-").FullName;

    [Fact]
    public void The_same_data_gives_the_same_version()
    {
        File.WriteAllBytes(Path.Combine(_folder, "lexicon.json"), EmbeddedData.ReadAllBytes("lexicon.json", null));

        Assert.Equal(ExtractorVersion.For(null), ExtractorVersion.For(_folder));
        Assert.Equal(ExtractorVersion.For(null), ExtractorVersion.For(null));
    }

    [Theory]
    [InlineData("lexicon.json")]
    [InlineData("places.json")]
    public void A_changed_data_file_in_the_override_folder_gives_another_version(string file)
    {
        var embedded = EmbeddedData.ReadAllBytes(file, null);
        // One more space at the end: the JSON means the same, but the file is not the same file.
        File.WriteAllBytes(Path.Combine(_folder, file), [.. embedded, (byte)' ']);

        Assert.NotEqual(ExtractorVersion.For(null), ExtractorVersion.For(_folder));
    }

    [Fact]
    public void The_extractor_reports_the_version_of_what_it_loaded()
    {
        var version = new ArabicReportExtractor().Version;

        Assert.StartsWith("2.", version, StringComparison.Ordinal);
        Assert.Equal(18, version.Length);
        // This test process reads the embedded data (OPSTRACKER_DATA unset), so the loaded files are the embedded ones.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EmbeddedData.OverrideVariable)))
        {
            Assert.Equal(ExtractorVersion.For(null), version);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
