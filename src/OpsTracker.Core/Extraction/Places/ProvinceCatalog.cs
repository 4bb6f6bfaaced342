using System.Text.Json;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Places;

/// <summary>Iraq's governorates, read from the embedded data file provinces.json.</summary>
public sealed class ProvinceCatalog
{
    private static readonly Lazy<ProvinceCatalog> Lazy = new(() => Load(EmbeddedData.Open("provinces.json")));

    private readonly Dictionary<string, Province> _byCode;

    private ProvinceCatalog(IReadOnlyList<Province> all)
    {
        All = all;
        _byCode = all.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
    }

    public static ProvinceCatalog Default => Lazy.Value;

    public IReadOnlyList<Province> All { get; }

    public Province? Find(string code) => _byCode.GetValueOrDefault(code);

    public bool IsKnown(string code) => _byCode.ContainsKey(code);

    public static ProvinceCatalog Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<Province>();
        foreach (var p in doc.RootElement.GetProperty("provinces").EnumerateArray())
        {
            var point = p.GetProperty("point");
            list.Add(new Province
            {
                Code = p.GetProperty("code").GetString()!,
                NameEn = p.GetProperty("en").GetString()!,
                NameAr = p.GetProperty("ar").GetString()!,
                Variants = string.Join('|', p.GetProperty("variants").EnumerateArray().Select(v => v.GetString())),
                Latitude = point[0].GetDouble(),
                Longitude = point[1].GetDouble(),
            });
        }
        return new ProvinceCatalog(list);
    }
}
