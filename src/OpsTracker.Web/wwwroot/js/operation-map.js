// The map page's drawing, called by MapPage through JS interop: Iraq's governorates from the shipped boundaries,
// coloured as the server computed, and the places of operations as circles. No tile layer: nothing is fetched from
// outside, so the map works offline. The Leaflet map lives on its element (element.opsMap), not in this module, so
// several pages or re-renders never share state.

const boundaries = new Map(); // url -> Promise of GeoJSON, fetched once per page load

function load(url) {
  if (!boundaries.has(url)) {
    boundaries.set(url, fetch(url).then((r) => {
      if (!r.ok) {
        throw new Error(`boundaries ${url}: HTTP ${r.status}`);
      }
      return r.json();
    }));
  }
  return boundaries.get(url);
}

function go(href) {
  if (href) {
    window.Blazor ? window.Blazor.navigateTo(href) : window.location.assign(href);
  }
}

// labels: the zoom buttons' names (title and aria-label) in the interface's language; Leaflet's own are English.
export async function draw(element, url, provinces, places, labels) {
  if (!element || !window.L) {
    return;
  }
  const geo = await load(url);
  let state = element.opsMap;
  if (!state) {
    const map = window.L.map(element, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      zoomSnap: 0.25,
    });
    window.L.control.zoom({ zoomInTitle: labels?.zoomIn ?? "Zoom in", zoomOutTitle: labels?.zoomOut ?? "Zoom out" }).addTo(map);
    state = { map, areas: null, points: null };
    element.opsMap = state;
  }
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  if (state.areas) {
    state.areas.remove();
  }
  if (state.points) {
    state.points.remove();
  }
  state.areas = window.L.geoJSON(geo, {
    style: (feature) => ({
      color: "#37474f",
      weight: 1,
      fillOpacity: 0.85,
      fillColor: byCode.get(feature.properties.code)?.colour ?? "#e0e0e0",
      // Leaflet puts the class on the area's <path> when it creates it: how tests and styles find a governorate.
      className: `map-area map-area-${feature.properties.code}`,
    }),
    onEachFeature: (feature, layer) => {
      const p = byCode.get(feature.properties.code);
      if (!p) {
        return;
      }
      layer.bindTooltip(p.label, { sticky: true });
      layer.on("click", () => go(p.href));
      layer.on("mouseover", () => layer.setStyle({ weight: 3 }));
      layer.on("mouseout", () => layer.setStyle({ weight: 1 }));
    },
  }).addTo(state.map);
  state.points = window.L.layerGroup(places.map((p) => {
    const marker = window.L.circleMarker([p.lat, p.lon], {
      radius: Math.min(14, 4 + 2 * Math.sqrt(p.operations)),
      color: "#ffffff",
      weight: 1.5,
      fillColor: "#d84315",
      fillOpacity: 0.9,
    });
    marker.bindTooltip(p.label);
    marker.on("click", () => go(p.href));
    return marker;
  })).addTo(state.map);
  state.map.fitBounds(state.areas.getBounds(), { padding: [8, 8] });
  element.setAttribute("data-drawn", "true");
}

export function dispose(element) {
  if (element && element.opsMap) {
    element.opsMap.map.remove();
    delete element.opsMap;
  }
}
