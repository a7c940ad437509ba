using System.Globalization;
using System.Text;
using TongHop.Extraction.Indicators.Confidence;

namespace TongHop.Benchmarks;

/// <summary>
/// Fits the indicator confidence model: L2-regularised logistic regression (Newton's method on standardised
/// features) over the lines <c>reliability --dump</c> wrote (one per value: right or not, and its features).
/// Prints the weights as the JSON of <c>confidence-model.json</c>, and the reliability table of leave-one-report-out
/// predictions (each report scored by a model fitted without it), an honest view of how the model will do on
/// reports it has not seen. <c>--ridge R</c> sets the L2 penalty on the standardised weights (default 1; with few
/// wrong values a larger one keeps single rare features from deciding); <c>--check HELD.tsv</c> prints the reliability
/// table of the fitted model on another dump (reports kept out of the fit, such as the repository's own fixtures).
/// <c>--features a,b,c</c> fits only those features; <c>--monotone</c> leaves out a feature whose weight comes out against
/// its sense (see <c>Sense</c>) and refits.
/// </summary>
internal static class ConfidenceFit
{
    private static double _ridge = 1.0;

    // The features the fit may use (--features a,b,c); the others keep weight 0. With a handful of wrong values a
    // feature can take a sign that has no meaning (every wrong value happened to sit in a clean sentence), so the
    // shipped model is fitted on the features whose direction is clear before looking at the data.
    private static HashSet<string>? _only;

    // The sense each feature can have: +1 where it can only make a value likelier right (a table cell, a longer
    // phrasing, a cue for its kind), -1 where only less likely (rivals, a value under 3 or under 10, a change beside it,
    // unclaimed figures of the same thing, another body or another year named with it). With --monotone a feature whose
    // fitted weight has the other sign is left out and the model refitted, so that no feature says the opposite of what it
    // means because a few reports happened so.
    private static readonly Dictionary<string, int> Sense = new()
    {
        ["table"] = 1, ["phrasing"] = 1, ["words"] = 1, ["margin"] = 1, ["quality"] = 1, ["kind_cue"] = 1, ["fraction"] = 1,
        ["headerless"] = -1, ["distance"] = -1, ["spread"] = -1, ["context"] = -1, ["unit_word"] = -1, ["unit_only"] = -1,
        ["rivals"] = -1, ["numbers"] = -1, ["qualifier"] = -1, ["competitors"] = -1, ["small"] = -1, ["change"] = -1,
        ["list_item"] = -1, ["siblings"] = -1, ["parts_sum"] = -1, ["few"] = -1, ["siblings_sentence"] = -1, ["other_body"] = -1,
        ["other_year"] = -1,
    };

    public static int Run(string[] args)
    {
        string? check = null, cvScore = null;
        var monotone = false;
        var folds = 0;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--ridge" when i + 1 < args.Length:
                    _ridge = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--check" when i + 1 < args.Length:
                    check = args[++i];
                    break;
                case "--monotone":
                    monotone = true;
                    break;
                case "--cv" when i + 1 < args.Length:
                    folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--cv-score" when i + 1 < args.Length:
                    cvScore = args[++i];
                    break;
                case "--features" when i + 1 < args.Length:
                    _only = [.. args[++i].Split(',')];
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        var (x, y, docs) = Read(args[0]);
        var (b, w) = Fit(x, y);
        while (monotone && ConfidenceFeatures.Names.Where((n, i) => w[i] * Sense.GetValueOrDefault(n) < 0).ToList() is { Count: > 0 } against)
        {
            Console.WriteLine($"left out for their sign: {string.Join(", ", against)}");
            _only = [.. (_only ?? [.. ConfidenceFeatures.Names]).Except(against)];
            (x, y, docs) = Read(args[0]);
            (b, w) = Fit(x, y);
        }

        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"  \"intercept\": {b:0.####},\n  \"weights\": {{\n");
        json.Append(string.Join(",\n", ConfidenceFeatures.Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"    \"{n}\": {w[i]:0.####}"))));
        json.Append("\n  }");
        Console.WriteLine($"fitted on {y.Length} values ({y.Sum():0} right) of {docs.Distinct().Count()} reports:");
        Console.WriteLine(json);

        var held = new double[y.Length];
        foreach (var doc in docs.Distinct())
        {
            var train = Enumerable.Range(0, y.Length).Where(i => docs[i] != doc).ToArray();
            var (bb, ww) = Fit([.. train.Select(i => x[i])], [.. train.Select(i => y[i])]);
            foreach (var i in Enumerable.Range(0, y.Length).Where(i => docs[i] == doc))
            {
                held[i] = Sigmoid(bb + Dot(ww, x[i]));
            }
        }

        if (folds > 0)
        {
            CrossValidate(x, y, docs, folds, cvScore);
        }

        Console.WriteLine("leave-one-report-out: confidence bucket -> share right");
        PrintTable(held, y);
        if (check is not null)
        {
            var (hx, hy, hdocs) = Read(check);
            Console.WriteLine($"{Path.GetFileName(check)} ({hy.Length} values of {hdocs.Distinct().Count()} reports, kept out of the fit): confidence bucket -> share right");
            PrintTable([.. hx.Select(r => Sigmoid(b + Dot(w, r)))], hy);
        }

        return 0;
    }

    /// <summary>
    /// K-fold cross-validation by report inside the training file, for choosing the ridge and the weight of first reads
    /// without looking at the check half: each report falls in fold <see cref="Fold"/>; each fold is predicted by a model
    /// fitted on the others (with the features the whole fit kept). Scored on <paramref name="scoreFile"/> (a dump of
    /// the train half's first reads, each line once; their reports are in the same folds) or on the training lines.
    /// Prints the mean log loss, the Brier score and the values at or above 0.9 and how many of them are right.
    /// </summary>
    private static void CrossValidate(double[][] x, double[] y, string[] docs, int k, string? scoreFile)
    {
        var (sx, sy, sdocs) = scoreFile is null ? (x, y, docs) : Read(scoreFile);
        var p = new double[sy.Length];
        for (var f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, y.Length).Where(i => Fold(docs[i], k) != f).ToArray();
            var (bb, ww) = Fit([.. train.Select(i => x[i])], [.. train.Select(i => y[i])]);
            foreach (var i in Enumerable.Range(0, sy.Length).Where(i => Fold(sdocs[i], k) == f))
            {
                p[i] = Sigmoid(bb + Dot(ww, sx[i]));
            }
        }

        var logLoss = -Enumerable.Range(0, sy.Length).Average(i => sy[i] * Math.Log(Math.Max(p[i], 1e-9)) + (1 - sy[i]) * Math.Log(Math.Max(1 - p[i], 1e-9)));
        var high = Enumerable.Range(0, sy.Length).Where(i => p[i] >= 0.9).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cv {k} folds on {(scoreFile is null ? "the training lines" : Path.GetFileName(scoreFile))} ({sy.Length} values): log loss {logLoss:0.0000}, " +
            $"Brier {Enumerable.Range(0, sy.Length).Average(i => Math.Pow(p[i] - sy[i], 2)):0.0000}, >= 0.9: {high.Count} values, {high.Count(i => sy[i] == 1)} right"));
        PrintTable(p, sy);
    }

    /// <summary>The fold of a report: the second byte of the SHA-1 of its name, modulo <paramref name="k"/> (the first
    /// byte splits train from check, tools/confidence-fit/split.py), so folds stay put when reports are added.</summary>
    private static int Fold(string report, int k) => System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(report))[1] % k;

    private static (double[][] X, double[] Y, string[] Docs) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        var first = Array.IndexOf(header, ConfidenceFeatures.Names[0]);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var x = rows.Select(r => r.Skip(first).Take(ConfidenceFeatures.Names.Length)
            .Select((v, j) => _only is null || _only.Contains(ConfidenceFeatures.Names[j]) ? double.Parse(v, CultureInfo.InvariantCulture) : 0).ToArray()).ToArray();
        var y = rows.Select(r => r[5] == "1" ? 1.0 : 0.0).ToArray();
        return (x, y, [.. rows.Select(r => Report(r[0]))]);
    }

    private static void PrintTable(double[] p, double[] y)
    {
        foreach (var (lo, hi) in new[] { (0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01) })
        {
            var inBucket = Enumerable.Range(0, y.Length).Where(i => p[i] >= lo && p[i] < hi).ToList();
            Console.WriteLine($"  [{lo:0.00}, {Math.Min(hi, 1):0.00})  {inBucket.Count,5}  {(inBucket.Count == 0 ? "-" : (inBucket.Average(i => y[i])).ToString("0.000", CultureInfo.InvariantCulture))}");
        }

        var high = Enumerable.Range(0, y.Length).Where(i => p[i] >= 0.9).ToList();
        Console.WriteLine($"  >= 0.9: {high.Count} of {y.Length} values, {(high.Count == 0 ? "-" : high.Average(i => y[i]).ToString("0.000", CultureInfo.InvariantCulture))} right; " +
                          $"Brier {Enumerable.Range(0, y.Length).Average(i => Math.Pow(p[i] - y[i], 2)):0.0000}");
    }

    // The same report read from OCR text, clean text, a scan and a DOCX is one report: left out together.
    private static string Report(string file) => Path.GetFileNameWithoutExtension(file).Split('.')[0];

    private static (double Intercept, double[] Weights) Fit(double[][] x, double[] y)
    {
        var n = x.Length;
        var k = x[0].Length;
        var mean = Enumerable.Range(0, k).Select(j => x.Average(r => r[j])).ToArray();
        var sd = Enumerable.Range(0, k).Select(j => Math.Sqrt(x.Average(r => Math.Pow(r[j] - mean[j], 2)))).Select(s => s < 1e-9 ? 1 : s).ToArray();
        var z = x.Select(r => r.Select((v, j) => (v - mean[j]) / sd[j]).Prepend(1.0).ToArray()).ToArray();
        var beta = new double[k + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[k + 1];
            var hessian = new double[k + 1, k + 1];
            for (var i = 0; i < n; i++)
            {
                var p = Sigmoid(Dot(beta, z[i]));
                for (var a = 0; a <= k; a++)
                {
                    gradient[a] += (y[i] - p) * z[i][a];
                    for (var c = 0; c <= k; c++)
                    {
                        hessian[a, c] += p * (1 - p) * z[i][a] * z[i][c];
                    }
                }
            }

            for (var a = 1; a <= k; a++)
            {
                gradient[a] -= _ridge * beta[a];
                hessian[a, a] += _ridge;
            }

            var step = Solve(hessian, gradient);
            for (var a = 0; a <= k; a++)
            {
                beta[a] += step[a];
            }

            if (step.Max(Math.Abs) < 1e-8)
            {
                break;
            }
        }

        var weights = Enumerable.Range(0, k).Select(j => beta[j + 1] / sd[j]).ToArray();
        var intercept = beta[0] - Enumerable.Range(0, k).Sum(j => beta[j + 1] * mean[j] / sd[j]);
        return (intercept, weights);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    // Gaussian elimination with partial pivoting (the system is small and positive definite).
    private static double[] Solve(double[,] m, double[] v)
    {
        var n = v.Length;
        var a = (double[,])m.Clone();
        var b = (double[])v.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
            for (var c = 0; c < n; c++)
            {
                (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = a[r, col] / a[col, col];
                for (var c = col; c < n; c++)
                {
                    a[r, c] -= f * a[col, c];
                }

                b[r] -= f * b[col];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var c = r + 1; c < n; c++)
            {
                s -= a[r, c] * result[c];
            }

            result[r] = s / a[r, r];
        }

        return result;
    }
}
