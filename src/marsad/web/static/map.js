// The events map: Natural Earth country outlines (vendored world-atlas TopoJSON) and one circle
// per place, sized by its number of events. No tile server: works offline. Text goes into the
// page through textContent only.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var map = L.map(el, { zoomSnap: 0.25, worldCopyJump: false }).setView([35.0, 38.5], 6);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas · Leaflet");
  fetch("/static/vendor/world-atlas/countries-50m.json").then(function (r) { return r.json(); }).then(function (topo) {
    var geo = topojson.feature(topo, topo.objects.countries);
    var layer = L.geoJSON(geo, {
      style: function (f) {
        return { color: "#8a8a8a", weight: 1, fillColor: f.id === "760" ? "#f6f0e1" : "#e8eaec", fillOpacity: 1 };
      },
      interactive: false
    }).addTo(map);
    layer.bringToBack();
  });
  var api = el.getAttribute("data-points");
  var link = el.getAttribute("data-link") || "/events";
  var query = api.indexOf("?") >= 0 ? api.slice(api.indexOf("?") + 1) : "";
  fetch(api, { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var pts = data.points || [];
      var max = 1;
      pts.forEach(function (p) { if (p.events > max) { max = p.events; } });
      var bounds = [];
      pts.forEach(function (p) {
        var radius = 4 + 18 * Math.sqrt(p.events / max);
        var m = L.circleMarker([p.lat, p.lon], {
          radius: radius, color: "#8c1d18", weight: 1, fillColor: p.fatalities > 0 ? "#c0392b" : "#d55e00",
          fillOpacity: 0.65, className: "pt"
        }).addTo(map);
        var tip = document.createElement("span");
        tip.textContent = (p.place || "?") + (p.admin1 && p.admin1 !== p.place ? " (" + p.admin1 + ")" : "") +
          ": " + p.events + " event(s)" + (p.fatalities ? ", " + p.fatalities + " deaths" : "");
        m.bindTooltip(tip);
        m.on("click", function () {
          var q = query ? query.split("&").filter(function (kv) { return kv.indexOf("place=") !== 0; }).join("&") : "";
          window.location.href = link + "?" + (q ? q + "&" : "") + "place=" + encodeURIComponent(p.place || "");
        });
        bounds.push([p.lat, p.lon]);
      });
      el.setAttribute("data-count", String(pts.length));
      if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 }); }
    });
}());
