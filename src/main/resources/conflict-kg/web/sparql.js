// Starts YASGUI on #yasgui with the endpoint and query carried by its data- attributes.
(function () {
  'use strict';
  var el = document.getElementById('yasgui');
  if (!el) { return; }
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: el.getAttribute('data-endpoint'), method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return []; } },
    persistenceId: null
  });
  yasgui.getTab().setQuery(el.getAttribute('data-query'));
  window.yasgui = yasgui;
}());
