// Progressive enhancement: with JavaScript, the roster upload shows its progress and then the page the server
// answers with (the report, or the problems); without it, the form posts as usual.
(function () {
  var form = document.getElementById('roster-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var box = document.getElementById('upload-progress');
    var bar = document.getElementById('upload-bar');
    box.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); bar.textContent = bar.value + '%'; }
    };
    xhr.onload = function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = function () { form.submit(); };
    xhr.send(new FormData(form));
  });
})();
