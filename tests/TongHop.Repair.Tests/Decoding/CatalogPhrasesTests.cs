using TongHop.Repair.Decoding;
using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Tests.Decoding;

public sealed class CatalogPhrasesTests
{
    // A catalog of my own in the shipped file's shape: groups, cues, indicators with phrasings and unit words, and an example
    // sentence that must not be read.
    private const string Catalog = """
        {
          "groups": { "ha_tang": "Hạ tầng số", "khac": "Khác" },
          "cues": { "strongTarget": ["phấn đấu", "sẽ"], "actual": ["đã đạt"] },
          "indicators": [
            {
              "key": "trees", "name": "Số cây xanh được trồng mới",
              "phrasings": ["trồng mới + cây xanh", "~công viên + cây", "cây"],
              "unitWords": ["cây", "cây xanh"],
              "examples": ["Trồng mới 120 cây lim tại bản Hua Pan."]
            },
            { "key": "x", "name": "Số buổi tập huấn", "unitWords": ["buổi"] }
          ]
        }
        """;

    [Fact]
    public void Read_TakesPhrasesOfTwoWordsOrMore_AndTheUnitWords_NotTheExamples()
    {
        var (phrases, units) = CatalogPhrases.Read(Catalog);

        Assert.Contains("Hạ tầng số", phrases);
        Assert.Contains("phấn đấu", phrases);
        Assert.Contains("đã đạt", phrases);
        Assert.Contains("Số cây xanh được trồng mới", phrases);
        Assert.Contains("trồng mới", phrases);
        Assert.Contains("công viên", phrases);   // the "~" of a context term is not part of the phrase
        Assert.Contains("cây xanh", phrases);
        Assert.DoesNotContain("Khác", phrases);    // one word: no pair
        Assert.DoesNotContain("sẽ", phrases);
        Assert.DoesNotContain("cây", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("lim", StringComparison.Ordinal));
        Assert.Equal(["cây", "cây xanh", "buổi"], units);
    }

    [Fact]
    public void Pairs_AreConsecutiveSyllablesOfEachPhrase_ANumberBeforeEachUnit_AndAOneWordUnitBeforeANumber()
    {
        var vocabulary = RepairModel.Default.LanguageModel.Vocabulary;
        var pairs = CatalogPhrases.Pairs(Catalog, vocabulary).ToHashSet();
        ulong Pair(string a, string b) => DocumentCache.Key(Id(a), Id(b));
        int Id(string w) => vocabulary.TryGetId(w, out var id) ? id : throw new InvalidOperationException(w);

        Assert.Contains(Pair("phấn", "đấu"), pairs);
        Assert.Contains(Pair("cây", "xanh"), pairs);
        Assert.Contains(Pair("trồng", "mới"), pairs);
        Assert.Contains(DocumentCache.Key(Vocabulary.Number, Id("cây")), pairs);
        Assert.Contains(DocumentCache.Key(Vocabulary.Number, Id("buổi")), pairs);
        Assert.Contains(DocumentCache.Key(Id("buổi"), Vocabulary.Number), pairs); // a table's unit column before its figures
        Assert.Contains(DocumentCache.Key(Id("cây"), Vocabulary.Number), pairs);
        Assert.DoesNotContain(DocumentCache.Key(Id("xanh"), Vocabulary.Number), pairs); // only a unit of one word
        Assert.DoesNotContain(Pair("mới", "cây"), pairs);   // across two terms of a phrasing
        Assert.DoesNotContain(Pair("số", "phấn"), pairs);  // across two phrases
    }

    [Fact]
    public void Reuse_StartsADocumentWithTheSeededPairs_AndForgetsThemWithoutSeed()
    {
        var cache = new DocumentCache(maxCost: 3f, firstWord: 5, vocabularySize: 100);
        ulong[] seed = [DocumentCache.Key(Vocabulary.Number, 40), DocumentCache.Key(41, 42)];

        cache.Reuse(3f, seed, seedRepeats: 2);
        Assert.True(cache.Ends(40));
        Assert.Equal(2f, cache.Bonus(Vocabulary.Number, 40, 1f));
        Assert.Equal(2f, cache.Bonus(41, 42, 1f));
        Assert.Equal(0f, cache.Bonus(41, 40, 1f));
        Assert.Equal(0f, cache.WordBonus(40, 0.5f)); // a pair, not a reading of the word

        cache.Reuse(3f, seed, seedRepeats: 0);
        Assert.False(cache.Ends(40));
        Assert.Equal(0f, cache.Bonus(41, 42, 1f));
    }

    [Fact]
    public void TheShippedModelReadsTheCatalogFile() => Assert.NotEmpty(RepairModel.Default.CatalogPairs);

    [Fact]
    public void WithPhrases_AddsThePhrasesPairs_ToTheShippedCatalogs()
    {
        var vocabulary = RepairModel.Default.LanguageModel.Vocabulary;
        ulong Pair(string a, string b) => DocumentCache.Key(Id(a), Id(b));
        int Id(string w) => vocabulary.TryGetId(w, out var id) ? id : throw new InvalidOperationException(w);
        var shipped = VietnameseTextRepairer.Default;

        var more = shipped.WithPhrases(["trạm sạc xe điện", "sạc"]);

        Assert.Equal(RepairModel.Default.CatalogPairs, shipped.SeedPairs);
        Assert.DoesNotContain(Pair("trạm", "sạc"), shipped.SeedPairs);
        Assert.Contains(Pair("trạm", "sạc"), more.SeedPairs);
        Assert.Contains(Pair("xe", "điện"), more.SeedPairs);
        Assert.Subset(more.SeedPairs.ToHashSet(), shipped.SeedPairs.ToHashSet());
        Assert.Equal(3, more.SeedPairs.Except(shipped.SeedPairs).Count()); // trạm sạc, sạc xe, xe điện: one word ("sạc") adds none
    }
}
