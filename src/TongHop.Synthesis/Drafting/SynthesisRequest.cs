namespace TongHop.Synthesis.Drafting;

/// <summary>The report request being synthesised, e.g. dispatch 1575/SKHCN-QLCN, "9 tháng đầu năm 2025".</summary>
/// <param name="DispatchDate">Date of the dispatch the request is (the day it was created).</param>
/// <param name="DeadlineLocal">Deadline in province time.</param>
public sealed record SynthesisRequest(string Title, string PeriodLabel, string? DispatchNumber, DateOnly DispatchDate, DateTime DeadlineLocal);
