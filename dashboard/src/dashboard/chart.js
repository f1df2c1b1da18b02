// The visitors + revenue chart (uPlot): visitors as bars on the left axis, revenue as a line
// on the right one, notes as markers along the top with their text in the hover legend.
import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import { html, fmtNumber, fmtMoney } from "../ui.js";

function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

// "#e8590c" → "rgba(232, 89, 12, a)"; canvas fills need a plain color.
function alpha(hex, a) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${a})` : hex;
}

function bars(u, seriesIdx, idx0, idx1) {
  // A bar per bucket, 70% of the bucket width.
  const size = 0.7;
  return uPlot.paths.bars({ size: [size, 60] })(u, seriesIdx, idx0, idx1);
}

// Draws a small flag above the plot for every note whose time falls in a bucket.
function notesPlugin(notes, color) {
  return {
    hooks: {
      draw: [
        (u) => {
          if (!notes.length) return;
          const { ctx } = u;
          const top = u.bbox.top;
          ctx.save();
          ctx.fillStyle = color;
          ctx.strokeStyle = color;
          ctx.lineWidth = 1 * devicePixelRatio;
          for (const n of notes) {
            const x = Math.round(u.valToPos(n.t, "x", true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
            ctx.setLineDash([3 * devicePixelRatio, 3 * devicePixelRatio]);
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + u.bbox.height);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.beginPath();
            ctx.arc(x, top + 5 * devicePixelRatio, 4 * devicePixelRatio, 0, 2 * Math.PI);
            ctx.fill();
          }
          ctx.restore();
        },
      ],
    },
  };
}

// rows: timeseries rows ({timestamp, visitors, revenue}); notes: [{timestamp, text}]
// Light or dark: the chart draws on a canvas with the theme's colours, so it is redrawn when
// the system switches.
function useColorScheme() {
  const query = window.matchMedia?.("(prefers-color-scheme: dark)");
  const [dark, setDark] = useState(!!query?.matches);
  useEffect(() => {
    if (!query) return;
    const on = (e) => setDark(e.matches);
    query.addEventListener("change", on);
    return () => query.removeEventListener("change", on);
  }, []);
  return dark;
}

// At most ~8 labelled buckets, always on bucket starts.
function labelledSplits(xs, width) {
  const room = Math.max(2, Math.floor(width / 90));
  const step = Math.max(1, Math.ceil(xs.length / room));
  return xs.filter((_, i) => i % step === 0);
}

export function Chart({ rows, notes, currency, interval, timeZone }) {
  const box = useRef(null);
  const legend = useRef(null);
  const dark = useColorScheme();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = rows.map((r) => new Date(r.timestamp).getTime() / 1000);
    const visitors = rows.map((r) => r.visitors ?? 0);
    const revenue = rows.map((r) => r.revenue ?? 0);
    const bucket = xs.length > 1 ? xs[1] - xs[0] : 3600;
    // Each note belongs to the bucket it falls in (so that it lines up with a bar).
    const placed = (notes || [])
      .map((n) => {
        const t = new Date(n.timestamp).getTime() / 1000;
        let at = -1;
        for (let i = 0; i < xs.length; i++) if (xs[i] <= t) at = i;
        return at >= 0 && t < xs[at] + bucket ? { t: xs[at], text: n.text } : null;
      })
      .filter(Boolean);
    const fmtX = (ts) => {
      const d = new Date(ts * 1000);
      const opts =
        interval === "hour"
          ? { hour: "numeric", minute: "2-digit" }
          : interval === "month"
          ? { month: "short", year: "numeric" }
          : { month: "short", day: "numeric" };
      try {
        return new Intl.DateTimeFormat(undefined, { ...opts, timeZone }).format(d);
      } catch (e) {
        return d.toLocaleString();
      }
    };
    const opts = {
      width: el.clientWidth || 600,
      height: 260,
      padding: [14, 8, 0, 4],
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 7 } },
      scales: {
        // Half a bucket of room each side, so the first and last bars are whole.
        x: { time: false, range: (u, min, max) => [min - bucket / 2, max + bucket / 2] },
        v: { range: (u, min, max) => [0, Math.max(4, max * 1.1)] }, r: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [
        {
          stroke: cssVar("--muted"),
          grid: { show: false },
          ticks: { show: false },
          splits: (u) => labelledSplits(xs, u.bbox.width / devicePixelRatio),
          values: (u, splits) => splits.map(fmtX),
        },
        { scale: "v", stroke: cssVar("--muted"), grid: { stroke: cssVar("--border"), width: 1 }, ticks: { show: false }, values: (u, v) => v.map((n) => fmtNumber(n)) },
        {
          scale: "r",
          side: 1,
          stroke: cssVar("--muted"),
          grid: { show: false },
          ticks: { show: false },
          values: (u, v) => v.map((n) => fmtMoney(n, currency)),
        },
      ],
      series: [
        {},
        { label: "Visitors", scale: "v", stroke: cssVar("--visitors"), fill: alpha(cssVar("--visitors"), 0.45), paths: bars, points: { show: false } },
        { label: "Revenue", scale: "r", stroke: cssVar("--revenue"), width: 2, points: { show: false } },
      ],
      plugins: [notesPlugin(placed, cssVar("--accent"))],
      hooks: {
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            const out = legend.current;
            if (!out) return;
            if (i === null || i === undefined) {
              out.textContent = "";
              return;
            }
            const note = placed.filter((n) => n.t === xs[i]).map((n) => ` · ✎ ${n.text}`).join("");
            out.textContent = `${fmtX(xs[i])}: ${fmtNumber(visitors[i])} visitors, ${fmtMoney(revenue[i], currency)} revenue${note}`;
          },
        ],
      },
    };
    const plot = new uPlot(opts, [xs, visitors, revenue], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: 260 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [rows, notes, currency, interval, timeZone, dark]);
  return html`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${legend} aria-live="off"></span>
    </div>
    <div class="chart" ref=${box} role="img" aria-label=${`Visitors and revenue per ${interval}`}></div>
    ${notes?.length > 0 &&
    html`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${notes.map((n) => html`<li key=${n.id}>✎ ${new Date(n.timestamp).toLocaleDateString(undefined, { timeZone })}: ${n.text}</li>`)}
    </ul>`}
  </div>`;
}
