import { createApp } from 'vue'
import {
  Button, Cell, CellGroup, Field, Form, NavBar, Tabbar, TabbarItem, Tag, Empty, Loading, Checkbox,
  CheckboxGroup, Radio, RadioGroup, Switch, Notify, Dialog, Toast, Icon,
} from 'vant'
import 'vant/lib/index.css'
import './styles.css'
import './prefs.js'
import App from './App.vue'
import router from './router.js'
import { watchFieldErrors } from './a11y.js'

createApp(App)
  .use(router)
  .use(Button).use(Cell).use(CellGroup).use(Field).use(Form).use(NavBar).use(Tabbar).use(TabbarItem)
  .use(Tag).use(Empty).use(Loading).use(Checkbox).use(CheckboxGroup).use(Radio).use(RadioGroup)
  .use(Switch).use(Notify).use(Dialog).use(Toast).use(Icon)
  .mount('#app')
watchFieldErrors()
