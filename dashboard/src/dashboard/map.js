// The world map, loaded on demand (its own chunk): Natural Earth 1:110m country outlines from
// world-atlas, bundled (never fetched from another host), drawn as SVG with d3-geo. Countries
// are shaded by visitors; `points` (realtime) are dots at latitude/longitude.
import { useMemo } from "preact/hooks";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import codes from "i18n-iso-countries/codes.json";
import { html, fmtNumber } from "../ui.js";

const WIDTH = 960;
const HEIGHT = 470;
const numericByAlpha2 = new Map(codes.map(([a2, , num]) => [a2, num]));
const countries = feature(world, world.objects.countries).features.filter((f) => f.properties.name !== "Antarctica");
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "FeatureCollection", features: countries });
const path = geoPath(projection);
const shapes = countries.map((f) => ({ id: f.id, name: f.properties.name, d: path(f) }));

function alpha2(row) {
  const m = /\/([A-Z]{2})\.svg$/.exec(row.image || "");
  return m ? m[1] : row.countryCode || "";
}

// rows: countries breakdown rows ({country, image, visitors}); points: [{latitude, longitude, label}]
export function WorldMap({ rows = [], points = [] }) {
  const byNumeric = useMemo(() => {
    const m = new Map();
    for (const r of rows) {
      const num = numericByAlpha2.get(alpha2(r));
      if (num) m.set(num, r);
    }
    return m;
  }, [rows]);
  const max = Math.max(1, ...rows.map((r) => r.visitors || 0));
  return html`<svg class="worldmap" viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Visitors by country on a world map">
    ${shapes.map((s) => {
      const r = byNumeric.get(s.id);
      const share = r ? 0.25 + 0.75 * ((r.visitors || 0) / max) : 0;
      return html`<path key=${s.id} d=${s.d} class=${r ? "land has" : "land"} fill-opacity=${r ? share : undefined}>
        <title>${s.name}${r ? `: ${fmtNumber(r.visitors)} visitors` : ""}</title>
      </path>`;
    })}
    ${points.map((p, i) => {
      const xy = projection([p.longitude, p.latitude]);
      return xy ? html`<circle key=${i} class="map-dot" cx=${xy[0]} cy=${xy[1]} r="5"><title>${p.label}</title></circle>` : null;
    })}
  </svg>`;
}
