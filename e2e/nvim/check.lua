-- End-to-end check of handoff-ls in a real Neovim (0.7+ API: vim.lsp.start_client / buf_attach_client).
--
--   HOME=$(mktemp -d) HANDOFF_JAR=server/target/handoff-ls.jar HANDOFF_WS=<copy of samples> \
--     nvim --headless -n -i NONE -u NONE -c 'luafile e2e/nvim/check.lua'
--
-- Prints PASS/FAIL/SKIP lines on stdout and exits with status 0 (all passed) or 1 (`:cquit 1`).
-- HANDOFF_WS should be a scratch copy of samples/: nothing is written to it, but keep samples/ pristine.

local uv = vim.loop
local failures = 0
local t0 = uv.hrtime()

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function pass(name, detail)
  out('PASS ' .. name .. (detail and detail ~= '' and (': ' .. detail) or ''))
end
local function fail(name, detail)
  failures = failures + 1
  out('FAIL ' .. name .. (detail and detail ~= '' and (': ' .. detail) or ''))
end
local function check(name, ok, detail, fail_detail)
  if ok then pass(name, detail) else fail(name, fail_detail or detail) end
  return ok
end
local function ms_since(t) return math.floor((t - t0) / 1e6) end

local function finish()
  if failures > 0 then
    -- The LSP log holds the server's stderr.
    local ok, lines = pcall(vim.fn.readfile, vim.lsp.get_log_path())
    if ok and #lines > 0 then
      out('--- ' .. vim.lsp.get_log_path() .. ' (last 30 lines) ---')
      for i = math.max(1, #lines - 29), #lines do out(lines[i]) end
    end
    out('nvim client: ' .. failures .. ' check(s) FAILED')
    vim.cmd('cquit 1')
  else
    out('nvim client: all checks passed')
    vim.cmd('qa!')
  end
end

local L2 = '.agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md'
local ORIGIN = '.agent/teams/checkout-redesign/phase-3/coordinator/L2-summary.md'
local REQUIRED = { 'HL102', 'HL201', 'HL203', 'HL204' }

local function code_of(d)
  local c = d.code
  if c == nil and d.user_data and d.user_data.lsp then c = d.user_data.lsp.code end
  return c and tostring(c) or nil
end

local function codes(bufnr)
  local set = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local c = code_of(d)
    if c then set[c] = (set[c] or 0) + 1 end
  end
  return set
end

local function sorted_keys(t)
  local keys = vim.tbl_keys(t)
  table.sort(keys)
  return keys
end

-- The codes the CLI snapshot pins for the L2 (server/src/test/resources/snapshots/samples.txt).
local function snapshot_codes(repo)
  local file = repo .. '/server/src/test/resources/snapshots/samples.txt'
  if vim.fn.filereadable(file) == 0 then return nil end
  local set = {}
  for _, line in ipairs(vim.fn.readfile(file)) do
    if line:sub(1, #L2 + 1) == L2 .. ':' then
      local code = line:match(' (HL%d+) ')
      if code then set[code] = (set[code] or 0) + 1 end
    end
  end
  return set
end

-- 0-based line and UTF-16 character of `token` on the first buffer line containing `marker`.
local function position_of(bufnr, marker, token)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = l:find(marker, 1, true)
    if s then
      local b = l:find(token, s, true)
      return { line = i - 1, character = vim.str_utfindex(l, b - 1) }, b - 1
    end
  end
  error('no line containing ' .. marker)
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  local function one(x) return type(x) == 'string' and x or (x.value or '') end
  if vim.tbl_islist(c) then
    local parts = {}
    for _, x in ipairs(c) do table.insert(parts, one(x)) end
    return table.concat(parts, '\n')
  end
  return one(c)
end

local function main()
  local jar = os.getenv('HANDOFF_JAR')
  local ws = os.getenv('HANDOFF_WS')
  -- This file is <repo>/e2e/nvim/check.lua.
  local script = debug.getinfo(1, 'S').source:gsub('^@', '')
  local repo = vim.fn.fnamemodify(script, ':p:h:h:h')
  jar = jar and vim.fn.fnamemodify(jar, ':p') or (repo .. '/server/target/handoff-ls.jar')
  if not ws or ws == '' then
    fail('setup', 'set HANDOFF_WS to a scratch copy of samples/')
    return
  end
  ws = vim.fn.resolve(vim.fn.fnamemodify(ws, ':p')):gsub('/$', '')
  if vim.fn.filereadable(jar) == 0 then
    fail('setup', jar .. ' does not exist (./mvnw -q package -DskipTests)')
    return
  end
  out('nvim ' .. tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch
    .. ', server ' .. jar .. ', workspace ' .. ws)

  local path = ws .. '/' .. L2
  local uri = vim.uri_from_fname(path)
  local first_diag_at
  local exit_code, exit_signal

  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  t0 = uv.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'handoff-ls',
    cmd = { 'java', '-jar', jar, 'lsp' },
    root_dir = ws,
    flags = { debounce_text_changes = 150, exit_timeout = 5000 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri and not first_diag_at then first_diag_at = uv.hrtime() end
        return default_publish(err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exit_code, exit_signal = code, signal
    end,
  })
  if not check('start_client', client_id ~= nil, 'client ' .. tostring(client_id), 'vim.lsp.start_client returned nil') then
    return
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)

  local client
  vim.wait(20000, function()
    client = vim.lsp.get_client_by_id(client_id)
    return exit_code ~= nil or (client ~= nil and client.initialized == true)
  end, 20)
  if not check('initialize', exit_code == nil and client ~= nil and client.initialized == true, ms_since(uv.hrtime()) .. ' ms',
      exit_code and ('server exited with ' .. exit_code) or 'not initialized within 20 s') then
    return
  end
  local caps = client.server_capabilities or {}

  -- Diagnostics: the four this L2 must show, then the full set the snapshot pins (HL204 & co need the index).
  local got_required = vim.wait(20000, function()
    local set = codes(bufnr)
    for _, c in ipairs(REQUIRED) do if not set[c] then return false end end
    return true
  end, 50)
  if first_diag_at then
    out('TIMING start_client->first-diagnostics ' .. ms_since(first_diag_at) .. ' ms')
  end
  check('diagnostics include ' .. table.concat(REQUIRED, ' '), got_required,
    #vim.diagnostic.get(bufnr) .. ' diagnostics after ' .. ms_since(uv.hrtime()) .. ' ms',
    'after 20 s the buffer has: ' .. table.concat(sorted_keys(codes(bufnr)), ' '))

  local want = snapshot_codes(repo)
  if want then
    local function same()
      local have = codes(bufnr)
      return vim.deep_equal(have, want)
    end
    local ok = vim.wait(10000, same, 50)
    check('diagnostic codes equal the snapshot', ok, table.concat(sorted_keys(want), ' '),
      'want ' .. vim.inspect(want) .. ', have ' .. vim.inspect(codes(bufnr)))
  end

  local r2, r2_byte = position_of(bufnr, '- [R-2] The mobile app pins checkout API v1; the v1 adapter', 'R-2')
  local hl204
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'HL204' then hl204 = d end
  end
  check('HL204 on R-2: range, severity, source', hl204 ~= nil and hl204.lnum == r2.line and hl204.col == r2_byte
    and hl204.end_lnum == r2.line and hl204.end_col == r2_byte + 3 and hl204.severity == vim.diagnostic.severity.ERROR
    and hl204.source == 'handoff',
    string.format('line %d col %d-%d', r2.line + 1, r2_byte, r2_byte + 3),
    'got ' .. vim.inspect(hl204 and { hl204.lnum, hl204.col, hl204.end_lnum, hl204.end_col, hl204.severity, hl204.source }))

  local params = { textDocument = { uri = uri }, position = { line = r2.line, character = r2.character + 1 } }

  if caps.hoverProvider then
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
    local r = responses and responses[client_id]
    local text = r and r.result and hover_text(r.result) or ''
    check('hover on R-2', text:find('R-2', 1, true) ~= nil,
      #text .. ' chars: ' .. (text:match('[^\n]*') or ''),
      'no hover mentioning R-2: ' .. vim.inspect(err or r))
  else
    out('SKIP hover: not advertised')
  end

  if caps.definitionProvider then
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, 5000)
    local r = responses and responses[client_id]
    local result = r and r.result
    if result and not vim.tbl_islist(result) then result = { result } end
    local target = result and result[1] and (result[1].uri or result[1].targetUri)
    local want_uri = vim.uri_from_fname(ws .. '/' .. ORIGIN)
    check('definition of R-2 is its origin', target == want_uri, ORIGIN,
      'expected ' .. want_uri .. ', got ' .. vim.inspect(err or result))
  else
    out('SKIP definition: not advertised')
  end

  vim.lsp.stop_client(client_id)
  local stopped = vim.wait(10000, function() return exit_code ~= nil end, 20)
  check('shutdown + exit: server exit code 0', stopped and exit_code == 0 and (exit_signal or 0) == 0, 'exit code 0',
    stopped and ('exit code ' .. tostring(exit_code) .. ' signal ' .. tostring(exit_signal)) or 'server still running 10 s after stop_client')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then fail('check.lua', tostring(err)) end
finish()
