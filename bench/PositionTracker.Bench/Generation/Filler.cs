using System.Globalization;

namespace PositionTracker.Bench.Generation;

/// <summary>
/// Sentences that carry no event (background on the dispute, the economy, the weather, sport, quotes on
/// other subjects) and the page furniture an extractor must skip: "Read More", share buttons, captions,
/// copyright lines and appeals to the reader. All of it written for this generator.
/// </summary>
public static class Filler
{
    private static readonly string[] FirstNames = ["Ana", "Tomas", "Leila", "Marek", "Sofia", "Kenji", "Amara", "Pavel", "Ingrid", "Rafael", "Noor", "Dmitri", "Chloe", "Oluwaseun", "Mei", "Henrik", "Lucia", "Arjun", "Fatima", "Oren"];
    private static readonly string[] LastNames = ["Ruiz", "Novak", "Haddad", "Lindqvist", "Okafor", "Tanaka", "Moreau", "Kowalczyk", "Ferreira", "Ibrahim", "Jensen", "Castellano", "Mbeki", "Sato", "Petrov", "Quinn", "Almeida", "Varga", "Osei", "Brennan"];

    public static readonly string[] Outlets =
    [
        "Meridian Wire", "The Harbour Ledger", "Northgate Times", "Continental Dispatch", "Atlas Daily", "Lantern News",
        "Crossroads Post", "Polar Star Herald", "Tidewater Report", "Keystone Gazette", "Granite Observer", "Compass Review",
    ];

    public static string Person(Rng rng) => $"{rng.Pick(FirstNames)} {rng.Pick(LastNames)}";

    private static readonly string[] Background =
    [
        "The dispute over {T} has soured relations between {A} and {B} for years.",
        "{T} lies at the heart of a quarrel that goes back generations.",
        "Fishing rights in the waters around {T} have long been a source of friction.",
        "Analysts say the latest remarks are unlikely to change much on the ground.",
        "Few diplomats expect a breakthrough on {T} in the near term.",
        "Residents of {Tn} say daily life has changed little in recent months.",
        "{T} is home to roughly {N} people, according to the most recent census.",
        "The issue is expected to feature in a debate at the United Nations later this year.",
        "Maps printed in {A} and in {B} draw the line in different places.",
        "The remarks came as {Aa} and {Ba} diplomats prepared for a busy month of meetings.",
        "Tourism to {Tn} has fallen sharply since the tensions began.",
        "The history of {T} is taught very differently in {A} and {B}.",
        "Shipping companies have been watching the situation closely.",
        "A spokesperson for the regional administration declined to comment.",
    ];

    private static readonly string[] Elsewhere =
    [
        "Inflation in the eurozone eased to {P} percent last month, official figures showed.",
        "The central bank left interest rates unchanged at its latest meeting, citing weak demand.",
        "Oil prices rose about {P} percent on the day as traders weighed supply concerns.",
        "Heavy rain is forecast across the region for the rest of the week.",
        "Temperatures in {City} reached {D} degrees Celsius, the highest reading in a decade.",
        "The national football team won its qualifier {G}-1 in front of a sold-out crowd.",
        "Organisers expect more than {N} visitors at the film festival in {City} this year.",
        "Airport officials in {City} said flights had returned to normal after a storm.",
        "The stock market closed slightly higher, led by technology shares.",
        "A new high-speed rail line between two coastal cities opened to passengers.",
        "\"The harvest was better than anyone expected,\" said {Name}, a farmer from the north.",
        "\"Prices at the market have doubled since spring,\" said {Name}, who runs a bakery.",
        "{Name}, an economist at a research institute in {City}, said growth would slow next year.",
        "The museum reopened after a three-year renovation with an exhibition of maritime charts.",
        "Local elections are due in the autumn, and campaigning has already begun.",
        "Unemployment fell to {P} percent, its lowest level since records began.",
        "Police said the protest in the capital ended peacefully by nightfall.",
        "A cyclist from the host nation won the mountain stage by more than a minute.",
        "The government has promised to publish its budget plans before the end of the month.",
        "Wildfires forced the evacuation of several villages on the coast.",
        "\"It is the busiest season in years,\" said {Name}, who manages a hotel in {City}.",
        "The orchestra's tour will include concerts in {City} and three other cities.",
        "Scientists reported a sharp drop in sea ice in the far north this summer.",
        "The company said quarterly profits rose by {P} percent on strong exports.",
        "A report by an international think tank ranked the country's ports among the busiest in the world.",
        "Negotiations on a new trade deal between two regional blocs are in their final stage, officials said.",
        "The ministry of health urged people to get vaccinated ahead of the winter.",
        "Ferry services were suspended for two days because of high winds.",
        "Construction of the bridge is about {P} percent complete, engineers said.",
        "Farmers blocked a highway for several hours to protest against low prices.",
    ];

    private static readonly string[] Furniture =
    [
        "Read More", "Advertisement", "Share this article", "Share on Facebook", "Copy link", "Related coverage",
        "Sign up for the morning briefing here.", "Click here to follow the latest developments.",
        "Copyright {Y} {Outlet}. All rights reserved.",
        "Independent reporting like this depends on you. Please consider supporting our work with a donation.",
        "If you value this coverage, support our newsroom today.",
        "Reporting by {Name}; editing by {Name2}",
        "{Outlet}'s correspondents contributed to this report.",
        "Download the app for breaking news alerts.",
    ];

    private static readonly string[] Captions =
    [
        "A coast guard vessel patrols near the shore. (file photo)",
        "Soldiers stand guard at a checkpoint outside the town. (file photo)",
        "Delegates arrive for a meeting at the conference centre. (Reuters photo)",
        "Fishing boats moored in the harbour at dawn (AP Photo)",
        "A flag flies over the administrative building in the main square. (file photo)",
        "(L-R) Two ministers shake hands before their meeting.",
    ];

    public static Unit Make(Scene s)
    {
        var rng = s.Rng;
        if (rng.Chance(0.35))
        {
            var d = s.Topic();
            var slots = Statements.Slots(s, d, d.Holder, d.Challenger);
            slots["N"] = Population(rng);
            return new Unit(Scene.Cap(Scene.Fill(s.Fresh(Background), slots)), 1, 0);
        }
        return new Unit(Fill(s, s.Fresh(Elsewhere)), 1, 0);
    }

    public static string BoilerplateLine(Scene s, string outlet)
    {
        var rng = s.Rng;
        if (rng.Chance(0.2)) return rng.Pick(Captions);
        var line = rng.Pick(Furniture);
        return Scene.Fill(line, new Dictionary<string, string>
        {
            ["Y"] = s.Published.Year.ToString(CultureInfo.InvariantCulture), ["Outlet"] = outlet,
            ["Name"] = Person(rng), ["Name2"] = Person(rng),
        });
    }

    private static string Fill(Scene s, string template)
    {
        var rng = s.Rng;
        return Scene.Fill(template, new Dictionary<string, string>
        {
            ["City"] = s.City(), ["Name"] = Person(rng),
            ["P"] = (rng.Int(5, 95) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
            ["D"] = rng.Int(31, 44).ToString(CultureInfo.InvariantCulture),
            ["G"] = rng.Int(2, 5).ToString(CultureInfo.InvariantCulture),
            ["N"] = rng.Int(2, 90).ToString(CultureInfo.InvariantCulture) + ",000",
        });
    }

    private static string Population(Rng rng) => rng.Int(3) switch
    {
        0 => rng.Int(2, 900).ToString(CultureInfo.InvariantCulture) + ",000",
        1 => (rng.Int(11, 99) / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + " million",
        _ => rng.Int(2, 9).ToString(CultureInfo.InvariantCulture) + "," + rng.Int(100, 999).ToString(CultureInfo.InvariantCulture),
    };

    private static readonly string[] Titles =
    [
        "{A} restates claim to {T}", "{T}: {A} says status is not negotiable", "{A} and {B} trade words over {T}",
        "New round of diplomacy over {T}", "Tensions rise again over {T}", "What the latest {T} row means",
        "{Aa} officials dig in on {T}", "{B} presses case on {T} at home and abroad", "Calls for talks on {T} grow",
    ];

    public static string Title(Scene s)
    {
        var d = s.Main;
        var slots = Statements.Slots(s, d, d.Holder, d.Challenger);
        slots["T"] = d.Territory.Name;
        return Scene.Cap(Scene.Fill(s.Rng.Pick(Titles), slots));
    }
}
