namespace OpsTracker.Core.Extraction;

/// <summary>
/// Opens the extractor's reference data (Extraction/Data/*.json). A file of the same name in the folder named by
/// the environment variable OPSTRACKER_DATA overrides the embedded copy, so an analyst can extend a list without
/// rebuilding.
/// </summary>
public static class EmbeddedData
{
    public const string OverrideVariable = "OPSTRACKER_DATA";

    public static Stream Open(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path))
            {
                return File.OpenRead(path);
            }
        }
        var resource = "OpsTracker.Core.Extraction.Data." + fileName;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Reference data '{fileName}' is not embedded in OpsTracker.Core.");
    }
}
