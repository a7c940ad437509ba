using TongHop.Application.Review;

namespace TongHop.Web.Api;

/// <summary>A review through the API: confirm, correct (with <c>value</c>) or reject.</summary>
public sealed record ReviewRequestDto(ReviewAction Action, decimal? Value, string? Note);
