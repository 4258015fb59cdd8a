using System.Net;

namespace ResponseCentre.Dashboard.Web;

/// <summary>Answers 403 to a request for an endpoint marked <see cref="LoopbackOnly"/> that did not come from this machine.</summary>
public sealed class LoopbackOnlyGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<LoopbackOnly>() is null || IsLoopback(context.Connection.RemoteIpAddress))
        {
            return next(context);
        }

        return TypedResults.Problem("This endpoint answers only requests from this machine (see Web:*:Access).",
                statusCode: StatusCodes.Status403Forbidden, title: "Not allowed")
            .ExecuteAsync(context);
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
