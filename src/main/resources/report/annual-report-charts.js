// Draws the report's charts from the figures inlined in #chart-data. SVG, not canvas: the drawing is
// part of the page (crisp when printed, its labels searchable) and a browser test can read it.
// No animation: the page shows its final figures at once, on screen and on paper.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var charts = [];

  function draw(id, option, height) {
    var element = document.getElementById(id);
    if (height) {
      element.style.height = height + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'axis', axisPointer: { type: 'shadow' } };
    chart.setOption(option);
    charts.push(chart);
  }

  // twelve categories need twelve colours: ECharts' own palette has nine and would repeat them
  var palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
                 '#9c755f', '#bab0ac', '#1f4e79', '#8cd17d', '#d37295', '#499894', '#86bcb6', '#f1ce63'];

  function bars(id, counts) {
    draw(id, {
      color: palette,
      grid: { top: 24, left: 48, right: 16, bottom: 32 },
      xAxis: { type: 'category', data: counts.labels, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, name: '条' },
      series: [{ name: '本年', type: 'bar', data: counts.counts, label: { show: true, position: 'top' } }]
    });
  }

  // a category keeps its colour (by its place in the taxonomy) whichever categories have publications
  var series = data.byYearAndCategory.map(function (category, i) {
    return { name: category.name, type: 'bar', stack: 'total', data: category.counts,
             itemStyle: { color: palette[i % palette.length] } };
  }).filter(function (category) {
    return category.data.some(function (count) { return count > 0; });
  });
  draw('chart-years', {
    legend: { type: 'scroll', top: 0 },
    grid: { top: 48, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: data.years },
    yAxis: { type: 'value', minInterval: 1, name: '条' },
    series: series
  });
  bars('chart-channels', data.byChannel);
  bars('chart-months', data.byMonth);

  // one row per department, the most on top (a category axis draws its first entry at the bottom),
  // every name shown however many there are
  var departments = data.byDepartment.labels.map(function (name, i) {
    return { name: name, count: data.byDepartment.counts[i] };
  }).sort(function (a, b) { return b.count - a.count; }).reverse(); // stable: ties keep their order by name
  draw('chart-departments', {
    color: palette,
    grid: { top: 8, left: 16, right: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: departments.map(function (d) { return d.name; }), axisLabel: { interval: 0 } },
    series: [{ name: '本年', type: 'bar', data: departments.map(function (d) { return d.count; }),
               label: { show: true, position: 'right' } }]
  }, Math.max(160, 36 * departments.length + 48));

  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
  document.documentElement.setAttribute('data-charts', 'drawn');
})();
