using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using OpsTracker.Benchmarks;

namespace OpsTracker.PairBench;

/// <summary>
/// One build of the extractor: its <c>OpsTracker.Core.dll</c> loaded in a collectible load context of its own, so two
/// builds of the same assembly live side by side, and what <c>extract FOLDER</c> does for one report through that
/// build: <c>ReportDecoder.Decode</c>, <c>ArabicReportExtractor.Extract</c> with the sidecar's date,
/// <c>ExtractionJson.WriteLine</c>. The three calls are bound once, as a compiled expression, so a pass costs no
/// reflection.
/// </summary>
public sealed class ExtractorBuild
{
    private readonly Action<string, byte[], DateOnly?, Stream> readReport;

    private ExtractorBuild(string label, string corePath, Action<string, byte[], DateOnly?, Stream> readReport)
    {
        Label = label;
        CorePath = corePath;
        this.readReport = readReport;
    }

    /// <summary>A or B, as the command line gave the build.</summary>
    public string Label { get; }

    public string CorePath { get; }

    /// <summary>
    /// Loads the build in <paramref name="location"/>: a folder holding <c>OpsTracker.Core.dll</c> (the output of
    /// <c>dotnet build src/OpsTracker.Core -c Release -o DIR</c>) or the assembly's own path.
    /// </summary>
    public static ExtractorBuild Load(string label, string location)
    {
        var corePath = Path.GetFullPath(Directory.Exists(location) ? Path.Combine(location, "OpsTracker.Core.dll") : location);
        if (!File.Exists(corePath))
        {
            throw new FileNotFoundException($"build {label}: no {corePath}", corePath);
        }
        var context = new BuildLoadContext(label, Path.GetDirectoryName(corePath)!);
        var core = context.LoadFromAssemblyPath(corePath);
        return new ExtractorBuild(label, corePath, BindReadReport(core));
    }

    /// <summary>One report through this build, its JSON line written to <paramref name="output"/>.</summary>
    public void ReadReport(BatchReport report, Stream output) => readReport(report.FileName, report.Bytes, report.Published, output);

    /// <summary>One pass: every report through this build, the lines written nowhere.</summary>
    public void ReadAll(IReadOnlyList<BatchReport> reports)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            readReport(report.FileName, report.Bytes, report.Published, Stream.Null);
        }
    }

    // (fileName, bytes, published, output) =>
    //     ExtractionJson.WriteLine(extractor.Extract(ReportDecoder.Decode(fileName, bytes).Text, published), fileName, output)
    private static Action<string, byte[], DateOnly?, Stream> BindReadReport(Assembly core)
    {
        var extractorType = TypeOf(core, "OpsTracker.Core.Extraction.ArabicReportExtractor");
        var decode = MethodOf(TypeOf(core, "OpsTracker.Core.Extraction.ReportDecoder"), "Decode", typeof(string), typeof(byte[]));
        var extract = MethodOf(extractorType, "Extract", typeof(string), typeof(DateOnly?));
        var writeLine = MethodOf(TypeOf(core, "OpsTracker.Core.Extraction.ExtractionJson"), "WriteLine", extract.ReturnType, typeof(string), typeof(Stream));
        var extractor = Activator.CreateInstance(extractorType)
            ?? throw new InvalidOperationException($"{core.Location}: no ArabicReportExtractor");

        var fileName = Expression.Parameter(typeof(string), "fileName");
        var bytes = Expression.Parameter(typeof(byte[]), "bytes");
        var published = Expression.Parameter(typeof(DateOnly?), "published");
        var output = Expression.Parameter(typeof(Stream), "output");
        var text = Expression.Property(Expression.Call(decode, fileName, bytes), "Text");
        var result = Expression.Call(Expression.Constant(extractor, extractorType), extract, text, published);
        var body = Expression.Call(writeLine, result, fileName, output);
        return Expression.Lambda<Action<string, byte[], DateOnly?, Stream>>(body, fileName, bytes, published, output).Compile();
    }

    private static Type TypeOf(Assembly core, string name) =>
        core.GetType(name) ?? throw new InvalidOperationException($"{core.Location}: no type {name}");

    private static MethodInfo MethodOf(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance, parameters)
        ?? throw new InvalidOperationException($"{type.Assembly.Location}: no {type.Name}.{name}({string.Join(", ", parameters.Select(p => p.Name))})");

    /// <summary>
    /// Resolves the assemblies of the build's folder (OpsTracker.Core and anything beside it that it asks for) from
    /// that folder; the framework's come from the default context, so both builds share <see cref="Stream"/> and
    /// <see cref="DateOnly"/>.
    /// </summary>
    private sealed class BuildLoadContext(string label, string folder) : AssemblyLoadContext($"build {label}", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
