using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Requests;

/// <summary>What the request fields partial (<c>_RequestFields</c>) shows: the form's values, the units to choose from, and whether to offer keeping a past deadline.</summary>
public sealed record RequestFieldsView(CreateRequestInput Input, IReadOnlyList<OrgUnit> Units, bool PastDeadline);
