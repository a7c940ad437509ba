namespace TongHop.Application.Demo;

/// <summary>
/// One unit's demo figures, drawn lazily and remembered so that a value, its numerator and denominator
/// agree (496/757 → 65,5) wherever the template uses them.
/// </summary>
internal sealed class DemoFigures(Random random)
{
    private readonly Dictionary<(string Key, string Part), decimal> _drawn = [];

    private static readonly Dictionary<string, (int Min, int Max)> Ranges = new()
    {
        ["area_km2"] = (20, 180), ["villages"] = (6, 24), ["population"] = (8_000, 42_000), ["mobile_4g_coverage"] = (92, 100),
        ["bts_stations"] = (4, 25), ["computers"] = (30, 120), ["antivirus_computers"] = (20, 110), ["dossier_digitization_rate"] = (70, 100),
        ["edocs_signed_rate"] = (95, 100), ["online_meetings"] = (8, 40), ["official_email_accounts"] = (30, 90), ["cdt_village_teams"] = (5, 20),
        ["cdt_members"] = (20, 120), ["digital_literacy_participants"] = (150, 2_500), ["staff_total"] = (40, 160),
        ["staff_digital_skills_trained"] = (60, 100), ["budget_spent"] = (50, 900), ["full_online_services_rate"] = (40, 95),
        ["online_fee_payment_procedures"] = (3, 30), ["online_fee_amount"] = (5, 90),
    };

    private static readonly HashSet<string> Ratios = ["plan02_criteria", "online_dossier_rate"];

    public bool Has(string key, string part = "") =>
        part == "target" ? Ratios.Contains(key) : Ranges.ContainsKey(key) || Ratios.Contains(key);

    public decimal Get(string key, string part)
    {
        if (!_drawn.TryGetValue((key, part), out var value))
        {
            value = Draw(key, part);
            _drawn[(key, part)] = value;
        }

        return value;
    }

    private decimal Draw(string key, string part)
    {
        if (Ratios.Contains(key))
        {
            return part switch
            {
                "den" => key == "plan02_criteria" ? 34 : random.Next(300, 1_500),
                "num" => Math.Floor(Get(key, "den") * random.Next(55, 98) / 100m),
                "target" => 90,
                _ => Math.Round(Get(key, "num") * 100 / Get(key, "den"), 1),
            };
        }

        var (min, max) = Ranges[key];
        var drawn = (decimal)random.Next(min, max + 1);
        // Money in đồng (millions drawn) and area with decimals, as reports write them.
        return key switch
        {
            "budget_spent" => drawn * 1_000_000,
            "online_fee_amount" => drawn * 1_000_000 + random.Next(0, 1000) * 1_000,
            "area_km2" => drawn + random.Next(0, 1000) / 1000m,
            _ => drawn,
        };
    }
}
